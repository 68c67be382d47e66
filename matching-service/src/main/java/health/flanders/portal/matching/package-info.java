/** Partner and reviewer matching: which organisations fit a proposal, and how well a reviewer fits it. */
package health.flanders.portal.matching;
