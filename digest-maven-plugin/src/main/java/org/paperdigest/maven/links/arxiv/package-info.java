/**
 * The arXiv API: many ids per request, one request at a time at the pace arXiv asks for ({@code
 * ArxivVerifier}), and the Atom feed it answers with each paper's title, version and authors in
 * arXiv's order ({@code ArxivFeed}).
 */
package org.paperdigest.maven.links.arxiv;
