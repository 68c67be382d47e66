/** Reads a reviewer's publications from the files that reference managers, PubMed and ORCID export. */
package health.flanders.portal.matching.bibliography;
