/** What the portal says about itself and who runs it: privacy notice, accessibility statement, contact. */
package health.flanders.portal.web.about;
