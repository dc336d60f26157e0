package org.paperdigest.digest.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.Landmarks;
import org.paperdigest.digest.internal.rules.CheckCatalog;
import org.paperdigest.digest.internal.rules.Hit;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Section;

/**
 * The Hibernate Validator side of validation: one factory per engine, with Hibernate Validator's
 * predefined scope (the validated types known up front), and a programmatic constraint mapping
 * built from the configuration (only enabled rules are mapped, with their options), cascading from
 * a file to its sections. Each rule is one constraint: file rules on the file, section rules and
 * entry rules on the section (an entry rule's validator runs it for every entry of the section).
 */
public final class ValidationEngine implements AutoCloseable {

  private final ValidationConfig config;
  private final BiPredicate<Rule, String> chosen;
  private final boolean scoped;
  private final List<Pattern> paperUrls;
  private final ValidatorFactory factory;
  private final Validator validator;

  /**
   * An engine of {@code config}'s rules, as the configuration's own class hands it what is not its
   * public surface: whether any setting depends on a file's path ({@code scoped}), the accepted
   * paper URLs (DG102's options), and whether a rule's severity for a path was set rather than left
   * at its default ({@code chosen}).
   */
  public ValidationEngine(
      ValidationConfig config,
      boolean scoped,
      List<Pattern> paperUrls,
      BiPredicate<Rule, String> chosen) {
    this.config = config;
    this.chosen = chosen;
    this.scoped = scoped;
    this.paperUrls = List.copyOf(paperUrls);
    // The predefined scope: the metadata of the two validated types is built here, once, and
    // none of the built-in constraints is registered, which spares loading some 250 classes of
    // their validators that no rule uses.
    PredefinedScopeHibernateValidatorConfiguration configuration =
        Validation.byProvider(PredefinedScopeHibernateValidator.class)
            // Maven plugins run in their own class realm: do not look providers up through the
            // context class loader.
            .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
            .configure()
            .builtinConstraints(Set.of())
            .initializeBeanMetaData(Set.of(DigestFile.class, Section.class))
            // Messages are built by the checks; no EL implementation is needed or wanted.
            .messageInterpolator(new ParameterMessageInterpolator())
            .ignoreXmlConfiguration();
    configuration.addMapping(mapping(configuration.createConstraintMapping()));
    this.factory = configuration.buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  private ConstraintMapping mapping(ConstraintMapping mapping) {
    mapping
        .constraintDefinition(DigestConstraint.class)
        .includeExistingValidators(false)
        .validatedBy(FileRuleValidator.class)
        .validatedBy(SectionRuleValidator.class);
    Map<Class<?>, TypeConstraintMappingContext<?>> types = new LinkedHashMap<>();
    TypeConstraintMappingContext<DigestFile> file = mapping.type(DigestFile.class);
    file.field("sections").containerElementType().valid();
    types.put(DigestFile.class, file);
    types.put(Section.class, mapping.type(Section.class));
    for (Rule rule : Rule.values()) {
      if (!CheckCatalog.isPerFile(rule) || !config.isEnabled(rule)) {
        continue;
      }
      GenericConstraintDef<DigestConstraint> definition =
          new GenericConstraintDef<>(DigestConstraint.class)
              // A message with no {parameter} is taken as it is, not interpolated per violation;
              // the findings' messages come from the hits anyway.
              .message(rule.id())
              .param("id", rule.id())
              .param("options", options(rule));
      Class<?> target = CheckCatalog.create(rule, List.of(options(rule))).target();
      types.get(RuleValidator.host(target)).constraint(definition);
    }
    return mapping;
  }

  private String[] options(Rule rule) {
    if (rule == Rule.DG102) {
      return paperUrls.stream().map(Pattern::pattern).toArray(String[]::new);
    }
    return new String[0];
  }

  /** Every per-file finding of {@code file}, in report order. */
  public List<Finding> validate(DigestFile file) {
    List<Finding> findings = new ArrayList<>();
    Landmarks landmarks = Landmarks.of(file);
    for (ConstraintViolation<DigestFile> violation : validator.validate(file)) {
      DigestConstraint constraint =
          (DigestConstraint) violation.getConstraintDescriptor().getAnnotation();
      Rule rule = Rule.valueOf(constraint.id());
      Optional<Severity> configured =
          scoped ? config.severityOf(rule, file.path()) : config.severityOf(rule);
      if (configured.isEmpty()) {
        continue; // the rule is off for this file, on for others
      }
      Severity severity = configured.get();
      @SuppressWarnings("unchecked")
      HibernateConstraintViolation<DigestFile> hv =
          violation.unwrap(HibernateConstraintViolation.class);
      RuleValidator.Hits hits = hv.getDynamicPayload(RuleValidator.Hits.class);
      for (Hit hit : hits.hits()) {
        // A hit's floor (a worse case of the rule) raises the default severity, not a chosen one.
        Severity effective =
            hit.atLeast().isPresent() && !chosen.test(rule, file.path())
                ? Severity.max(hit.atLeast().get(), severity)
                : severity;
        findings.add(
            new Finding(
                rule,
                effective,
                file.path(),
                hit.position().line(),
                hit.position().column(),
                hit.message(),
                landmarks.subject(hit.position(), hit.about())));
      }
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  @Override
  public void close() {
    factory.close();
  }
}
