/**
 * How links are checked, as a goal's parameters give it: {@link
 * org.paperdigest.maven.links.settings.LinkSettings#builder()} takes them by name, and {@code
 * build()} checks each, naming the parameter a bad value came from, and composes the HTTP and arXiv
 * settings the rooms below take.
 */
package org.paperdigest.maven.links.settings;
