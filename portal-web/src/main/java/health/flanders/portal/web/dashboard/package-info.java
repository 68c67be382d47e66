/** A call at a glance for staff: its figures in a few aggregate queries, drawn as SVG charts beside their tables. */
package health.flanders.portal.web.dashboard;
