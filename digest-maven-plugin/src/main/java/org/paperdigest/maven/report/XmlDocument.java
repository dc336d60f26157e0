package org.paperdigest.maven.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;

/**
 * An indented UTF-8 XML document built element by element on the JDK's StAX writer, which escapes
 * markup. Digest text may hold characters XML 1.0 cannot carry at all (most control characters,
 * lone surrogates); they become U+FFFD so the report always parses.
 */
final class XmlDocument {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XMLStreamWriter xml;
  private int depth;

  XmlDocument() {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens an element on its own line; attributes follow with {@link #attribute}. */
  XmlDocument start(String name) {
    return element(name, false);
  }

  /** An element with no content; attributes follow with {@link #attribute}. */
  XmlDocument empty(String name) {
    return element(name, true);
  }

  XmlDocument attribute(String name, Object value) {
    try {
      xml.writeAttribute(name, clean(String.valueOf(value)));
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Text content of the element just opened, which is then closed on the same line. */
  XmlDocument textAndEnd(String text) {
    try {
      xml.writeCharacters(clean(text));
      xml.writeEndElement();
      depth--;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  XmlDocument end() {
    try {
      depth--;
      newline();
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Ends the document with a final newline and writes it atomically. */
  Path writeTo(Path target) throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return AtomicFiles.write(target, bytes.toByteArray(), Durability.BUILD_OUTPUT);
  }

  private XmlDocument element(String name, boolean empty) {
    try {
      newline();
      if (empty) {
        xml.writeEmptyElement(name);
      } else {
        xml.writeStartElement(name);
        depth++;
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
  }

  /** {@code text} with every character XML 1.0 forbids replaced by U+FFFD. */
  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed =
          pair
              || c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(allowed ? c : '\uFFFD');
        if (pair) {
          out.append(text.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }
}
