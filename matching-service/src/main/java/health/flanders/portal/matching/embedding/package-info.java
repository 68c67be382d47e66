/** Texts as vectors of their meaning, from a small sentence-embedding model shipped inside a jar. */
package health.flanders.portal.matching.embedding;
