package org.paperdigest.maven.links.arxiv;

import java.net.URI;
import java.time.Duration;

/**
 * How the arXiv API is asked: where, how many papers a request, and how far apart.
 *
 * @param api the API's query URL
 * @param batchSize how many ids one request asks about
 * @param interval the pause between two requests (arXiv asks for 3 seconds)
 */
public record ArxivSettings(URI api, int batchSize, Duration interval) {}
