package org.paperdigest.digest.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The constraint type behind every digest rule. It is never written on the model: {@link
 * ValidationEngine} declares it per rule in a programmatic mapping, with the rule id and its
 * options, and registers the validators there too.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface DigestConstraint {

  /** The rule id, such as {@code DG110}. */
  String id();

  /** The rule's settings, such as accepted paper URL patterns. */
  String[] options() default {};

  String message() default "{id}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
