package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API, as a library user compiles against it, is recorded in {@code
 * api/digest-model.api} (one line per public type and member of the exported packages), as Kotlin's
 * binary-compatibility-validator keeps one: a change to it fails this test until the file is
 * rewritten with {@code -Dapi.update=true} and the diff reviewed. 0.1.0 freezes it; after the
 * release, japicmp against the released jar can join this.
 */
class PublicApiTest {

  private static final List<String> EXPORTED =
      List.of("org.paperdigest.digest", "org.paperdigest.digest.model");
  private static final Path LISTING = Path.of("api/digest-model.api");

  @Test
  void thePublicApiIsTheRecordedOne() throws Exception {
    String actual = listing();
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(LISTING.getParent());
      Files.writeString(LISTING, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("the public API differs from %s; if that is meant, run with -Dapi.update=true", LISTING)
        .isEqualTo(Files.readString(LISTING, StandardCharsets.UTF_8));
  }

  @Test
  void theModuleExportsOnlyTheApiAndSharesItsInternalsWithNamedModulesOnly() {
    Module module = DigestChecker.class.getModule();
    if (!module.isNamed()) {
      return; // on the class path; ModulePathIT checks the descriptor as a module
    }
    Set<String> exported =
        module.getDescriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(e -> e.source())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(exported).containsExactlyElementsOf(EXPORTED);
  }

  /** Every public type and member of the exported packages, one a line, sorted. */
  static String listing() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(DigestChecker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> lines = new ArrayList<>();
    for (String pkg : EXPORTED) {
      Path folder = classes.resolve(pkg.replace('.', '/'));
      List<Path> files;
      try (Stream<Path> list = Files.list(folder)) {
        files = list.filter(p -> p.toString().endsWith(".class")).sorted().toList();
      }
      for (Path file : files) {
        String name = file.getFileName().toString().replace(".class", "");
        Class<?> type =
            Class.forName(pkg + "." + name, false, PublicApiTest.class.getClassLoader());
        if (isVisible(type)) {
          lines.addAll(describe(type));
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> describe(Class<?> type) {
    List<String> lines = new ArrayList<>();
    lines.add(header(type));
    Set<String> members = new TreeSet<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        members.add("  " + clean(c.toGenericString(), type));
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        members.add("  " + clean(m.toGenericString(), type));
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        members.add("  " + clean(f.toGenericString(), type));
      }
    }
    lines.addAll(members);
    return lines;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String header(Class<?> type) {
    String kind =
        type.isRecord()
            ? "record"
            : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
    int modifiers = type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.ABSTRACT;
    if (type.isInterface() || type.isEnum() || type.isRecord()) {
      modifiers &= ~Modifier.FINAL & ~Modifier.STATIC;
    }
    StringBuilder line = new StringBuilder(Modifier.toString(modifiers));
    if (!type.isInterface() && Modifier.isAbstract(type.getModifiers())) {
      line.append(" abstract");
    }
    line.append(' ').append(kind).append(' ').append(type.getName());
    List<String> supers = new ArrayList<>();
    if (type.getGenericSuperclass() != null
        && !type.isEnum()
        && !type.isRecord()
        && type.getSuperclass() != Object.class) {
      supers.add("extends " + type.getGenericSuperclass().getTypeName());
    }
    List<String> interfaces =
        Stream.of(type.getGenericInterfaces()).map(t -> t.getTypeName()).sorted().toList();
    if (!interfaces.isEmpty()) {
      supers.add((type.isInterface() ? "extends " : "implements ") + String.join(", ", interfaces));
    }
    if (type.isSealed()) {
      supers.add(
          "permits "
              + Stream.of(type.getPermittedSubclasses())
                  .map(Class::getName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return (line + (supers.isEmpty() ? "" : " " + String.join(" ", supers))).strip();
  }

  /** A member's text without its own type's name before its own name, for short lines. */
  private static String clean(String text, Class<?> type) {
    return text.replace(type.getName() + ".", "").replace(type.getName() + "(", "<init>(");
  }
}
