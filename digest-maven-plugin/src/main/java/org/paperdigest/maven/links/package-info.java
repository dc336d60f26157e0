/**
 * The online link check of a run, and its orchestration: {@link
 * org.paperdigest.maven.links.LinkChecker} plans what a check asks ({@code LinkPlan}), takes what
 * it can from the cache ({@code LinkCache}, {@code CacheFile}), asks the rest through {@code http}
 * and {@code arxiv}, and turns every occurrence's outcome into its finding ({@code FindingMaker}).
 *
 * <p>The rooms below it: {@code settings} (the goal's parameters, checked and parsed), {@code http}
 * (requesting one URL: client, scheduler, retries, status and address policies) and {@code arxiv}
 * (the arXiv API: batched queries and the feed they answer). {@code settings} composes the other
 * two; {@code arxiv} requests through {@code http}; {@code http} knows neither.
 */
package org.paperdigest.maven.links;
