package org.paperdigest.maven.links.arxiv;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperdigest.digest.model.ArxivId;

/**
 * Reads the Atom feed the arXiv API answers with: each entry's id, version, title and authors'
 * names in order ({@code <author><name>}; affiliations and the rest are skipped).
 */
final class ArxivFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /** A paper the API knows. */
  record Paper(String id, int version, String title, List<String> authors) {}

  /**
   * The papers of a feed, the API's error messages if it sent any, and how many results the feed
   * says it holds ({@code opensearch:totalResults}; -1 when it does not say).
   */
  record Parsed(List<Paper> papers, List<String> errors, int totalResults) {}

  private static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";

  private ArxivFeed() {}

  static Parsed parse(InputStream xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader reader = factory.createXMLStreamReader(xml);
    Reading reading = new Reading();
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          reading.start(reader);
        } else if (event == XMLStreamConstants.END_ELEMENT
            && ATOM.equals(reader.getNamespaceURI())) {
          reading.end(reader.getLocalName());
        }
      }
    } finally {
      reader.close();
    }
    return new Parsed(reading.papers, reading.errors, reading.total);
  }

  /** A feed read element by element: the entry being read, and what the feed held before it. */
  private static final class Reading {
    final List<Paper> papers = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    int total = -1;
    private boolean inEntry;
    private boolean inAuthor;
    private String id;
    private String title;
    private String summary;
    private List<String> authors = new ArrayList<>();

    void start(XMLStreamReader reader) throws XMLStreamException {
      if (OPENSEARCH.equals(reader.getNamespaceURI())
          && reader.getLocalName().equals("totalResults")) {
        String text = reader.getElementText().strip();
        total = text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
        return;
      }
      if (!ATOM.equals(reader.getNamespaceURI())) {
        return;
      }
      switch (reader.getLocalName()) {
        case "entry" -> {
          inEntry = true;
          id = null;
          title = null;
          summary = null;
          authors = new ArrayList<>();
        }
        case "author" -> inAuthor = inEntry;
        case "name" -> {
          if (inAuthor) {
            authors.add(reader.getElementText().strip());
          }
        }
        case "id" -> id = inEntry ? reader.getElementText().strip() : id;
        case "title" -> title = inEntry ? reader.getElementText() : title;
        case "summary" -> summary = inEntry ? reader.getElementText() : summary;
        default -> {}
      }
    }

    void end(String element) {
      if (element.equals("author")) {
        inAuthor = false;
      } else if (element.equals("entry")) {
        inEntry = false;
        if (id != null && id.contains("/api/errors")) {
          errors.add(summary == null ? id : summary.strip());
          return;
        }
        Optional<ArxivId> parsed = id == null ? Optional.empty() : ArxivId.fromUrl(id);
        parsed.ifPresent(
            paper ->
                papers.add(
                    new Paper(
                        paper.id(),
                        paper.version().orElse(1),
                        title == null ? "" : title,
                        List.copyOf(authors))));
      }
    }
  }
}
