/** Letters as print-ready HTML (A4 page, kop, watermark on every page). Imports letter. */
package id.sisker.letter.html;
