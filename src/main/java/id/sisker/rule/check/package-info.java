/** One class per kind of check, parameterised by profile data where daerah differ. */
package id.sisker.rule.check;
