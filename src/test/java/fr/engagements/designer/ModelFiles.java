package fr.engagements.designer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The models and templates a designer edits, read from the working tree (the Maven base directory). */
final class ModelFiles {

  static final Path PROCESSES = Path.of("processes");
  static final Path TEMPLATES = Path.of(".camunda", "element-templates");
  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";

  private ModelFiles() {
  }

  static List<Path> list(Path dir, String extension) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> bpmn() {
    return list(PROCESSES, ".bpmn");
  }

  static List<Path> dmn() {
    return list(PROCESSES, ".dmn");
  }

  static Document xml(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
    }
  }

  static List<Element> elements(Document document, String namespace, String localName) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  static List<Element> allElements(Document document) {
    return elements(document, "*", "*");
  }

  /** The nearest ancestor that is a BPMN flow element or process (the element a listener belongs to). */
  static Element owner(Element extension) {
    org.w3c.dom.Node node = extension.getParentNode();
    while (node instanceof Element e) {
      if (BPMN_NS.equals(e.getNamespaceURI()) && !"extensionElements".equals(e.getLocalName())) {
        return e;
      }
      node = e.getParentNode();
    }
    throw new IllegalStateException("No BPMN owner for " + extension.getTagName());
  }
}
