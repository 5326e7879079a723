/**
 * Reporting-line diagrams: one graph per view (struktur, kedudukan, tim, penugasan, pelaporan)
 * built from the loaded model, its profile and findings, returned as values for the renderers in
 * the sub-packages. Imports model, profile, finding and source; graphviz-java only in {@code
 * render}.
 */
package id.sisker.diagram;
