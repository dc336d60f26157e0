package org.paperdigest.digest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.AuthorList;

/**
 * Author lines written as code: the names are read out of the brackets, quotes and leading {@code
 * and}, each placed at its first character, and the notation is noted where it first shows.
 */
class CodeLiteralTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Authors: ['Ada Lovelace', 'Alan Turing', 'and Grace Hopper'] | Ada Lovelace@12;Alan Turing@28;Grace Hopper@47 | [BRACKETS, QUOTES, AND_PREFIX]@10",
        "Authors: [\"Conan O'Brien\", 'Ada']                            | Conan O'Brien@12;Ada@29                      | [BRACKETS, QUOTES]@10",
        "Authors: ['O\\'Hara', 'Ada, the first']                        | O'Hara@12;Ada, the first@23                  | [BRACKETS, QUOTES]@10",
        "Authors: 'Ada Lovelace', 'Alan Turing'                         | Ada Lovelace@11;Alan Turing@27               | [QUOTES]@10",
        "Authors: Ada Lovelace, and Alan Turing                         | Ada Lovelace@10;Alan Turing@28               | [AND_PREFIX]@24",
        "Authors: []                                                    | ''                                           | [BRACKETS]@10",
        "Authors: ['Ada', , 'Alan', ]                                   | Ada@12;@18;Alan@21                           | [BRACKETS, QUOTES]@10",
        "Authors: [Ada Lovelace, Alan Turing]                           | Ada Lovelace@11;Alan Turing@25               | [BRACKETS]@10",
        "Authors: 'Ada', 'Alan',                                        | Ada@11;Alan@18;@24                           | [QUOTES]@10",
        "Authors: \"Weird Al\" Yankovic, Ada                            | \"Weird Al\" Yankovic@10;Ada@31              | []@1",
        "Authors: ['Ada', 'unclosed                                     | ['Ada'@10;'unclosed@18                       | []@1",
        "Authors: Conan O'Brien, andrew Ng                              | Conan O'Brien@10;andrew Ng@25                | []@1"
      })
  void namesAreReadOutOfTheNotation(String line, String names, String notation) {
    AuthorList list = MetadataLines.authors(line.strip(), 0, 0);

    List<String> items =
        list.items().stream().map(i -> i.text() + "@" + i.position().column()).toList();
    assertThat(String.join(";", items)).isEqualTo(names.equals("''") ? "" : names);
    assertThat(list.notation() + "@" + list.notationPosition().column())
        .isEqualTo(notation.replace("[]", list.notation().isEmpty() ? "[]" : "?"));
    assertThat(list.items()).allMatch(i -> i.text().equals(i.text().strip()), "stripped");
    assertThat(list.items().stream().map(AuthorItem::text)).noneMatch(t -> t.startsWith("and "));
  }
}
