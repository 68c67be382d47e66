/** Regional personalised-medicine funding programmes elsewhere in Europe: suggested by anyone, published by staff. */
package health.flanders.portal.call.programme;
