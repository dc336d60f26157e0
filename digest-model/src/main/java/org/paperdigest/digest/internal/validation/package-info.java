/**
 * Not API: the rules as Hibernate Validator constraints and their validators. The package is
 * exported to Hibernate Validator alone, which creates the validators; nothing here is for other
 * modules, and any of it may change in any release.
 */
package org.paperdigest.digest.internal.validation;
