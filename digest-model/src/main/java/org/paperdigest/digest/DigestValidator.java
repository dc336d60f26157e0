package org.paperdigest.digest;

import java.util.List;
import java.util.Objects;
import org.paperdigest.digest.internal.validation.ValidationEngine;
import org.paperdigest.digest.model.DigestFile;

/**
 * Validates parsed digests against the per-file rules a {@link ValidationConfig} enables, through
 * Hibernate Validator with a constraint mapping built from the configuration (the rules across
 * files and the online ones run in {@link DigestChecker}). Thread-safe; close it when done, as it
 * owns a validator factory. The factory is built on the first file validated, so a run whose files
 * all come from a result cache never starts Hibernate Validator.
 *
 * @since 0.1.0
 */
public final class DigestValidator implements AutoCloseable {

  private final ValidationConfig config;
  private volatile ValidationEngine engine;

  private DigestValidator(ValidationConfig config) {
    this.config = config;
  }

  private ValidationEngine engine() {
    ValidationEngine built = engine;
    if (built == null) {
      synchronized (this) {
        built = engine;
        if (built == null) {
          built =
              new ValidationEngine(
                  config, config.isPathScoped(), config.paperUrlPatterns(), config::isSet);
          engine = built;
        }
      }
    }
    return built;
  }

  /**
   * A validator of the rules {@code config} turns on, with the severities it sets.
   *
   * @param config which rules run, how seriously, and where
   * @return the validator; thread-safe; close it when done
   * @throws NullPointerException if {@code config} is {@code null}
   * @since 0.1.0
   */
  public static DigestValidator create(ValidationConfig config) {
    return new DigestValidator(Objects.requireNonNull(config, "config"));
  }

  /**
   * The configuration the validator applies.
   *
   * @return the configuration; never {@code null}
   * @since 0.1.0
   */
  public ValidationConfig config() {
    return config;
  }

  /**
   * The findings of every per-file rule on {@code file}.
   *
   * @param file a parsed digest
   * @return the findings in report order; never {@code null}
   * @throws NullPointerException if {@code file} is {@code null}
   * @throws IllegalStateException if the validator is closed
   * @since 0.1.0
   */
  public List<Finding> validate(DigestFile file) {
    return engine().validate(file);
  }

  /**
   * Closes the validator factory, if it was built. The validator cannot be used after.
   *
   * @since 0.1.0
   */
  @Override
  public synchronized void close() {
    if (engine != null) {
      engine.close();
    }
  }
}
