/** The ICON Portal: the web portal through which Flanders.health runs the ICON calls on Personalised Medicine. */
package health.flanders.portal;
