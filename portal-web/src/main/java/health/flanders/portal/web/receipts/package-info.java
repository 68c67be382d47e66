/** Receipts signed with Ed25519: the signing key, the signed block, and the public page that checks one. */
package health.flanders.portal.web.receipts;
