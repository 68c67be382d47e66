/** Connect around a proposal: suggested partners, introductions to them, and the Carry and Cultivate counselling log. */
package health.flanders.portal.web.connect;
