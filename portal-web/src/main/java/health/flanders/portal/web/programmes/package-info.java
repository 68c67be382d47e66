/** The public overview of regional personalised-medicine funding programmes, suggestions to it and their review. */
package health.flanders.portal.web.programmes;
