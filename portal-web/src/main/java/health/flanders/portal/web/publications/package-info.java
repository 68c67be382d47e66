/** A reviewer's publications: imported from exports or pasted, listed and removed on their profile, and read for meaning. */
package health.flanders.portal.web.publications;
