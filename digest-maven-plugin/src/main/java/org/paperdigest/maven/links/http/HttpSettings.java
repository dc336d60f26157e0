package org.paperdigest.maven.links.http;

import java.time.Duration;

/**
 * How URLs are requested: the HTTP side of the link settings, checked when they are built and
 * shared across threads.
 *
 * @param connectTimeout how long connecting to a host may take
 * @param requestTimeout how long one request may take, from sending it to the last byte read of its
 *     answer
 * @param maxConcurrency the most requests in flight at once
 * @param maxConcurrencyPerHost the most requests in flight at once to one host
 * @param intervals the least time between two requests to a host
 * @param status which final statuses mean a link works
 * @param addresses which internal hosts may be requested
 * @param retry when a request is asked again, and after how long
 * @param maxRedirects the most redirects followed
 * @param maxBodyBytes the most bytes of a body read to tell a challenge page
 * @param userAgent the {@code User-Agent} of every request
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxConcurrency,
    int maxConcurrencyPerHost,
    HostIntervals intervals,
    StatusPolicy status,
    AddressPolicy addresses,
    RetryPolicy retry,
    int maxRedirects,
    long maxBodyBytes,
    String userAgent) {}
