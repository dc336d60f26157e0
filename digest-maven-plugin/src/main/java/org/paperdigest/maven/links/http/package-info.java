/**
 * Requesting one URL: the Jetty client ({@code LinkHttpClient}), the caps and host intervals of the
 * requests in flight ({@code RequestScheduler}), the check of one URL with its redirects, retries
 * and bot walls ({@code UrlChecker}), and the policies it follows, given as {@link
 * org.paperdigest.maven.links.http.HttpSettings}. Knows nothing of digests, the cache or arXiv.
 */
package org.paperdigest.maven.links.http;
