package org.newsgraph.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class GraphMlWriterTest {
  @Test
  void writesWellFormedGraphMlWithEscapedNames() throws Exception {
    StringWriter w = new StringWriter();
    GraphMlWriter.write(List.of(new GraphMlWriter.Node("a", "AT&T <Inc>", "ORGANIZATION", 3),
            new GraphMlWriter.Node("b", "Kenya", "LOCATION", 5)),
        List.of(new GraphMlWriter.Edge("a", "b", "cooccurrence", 2, 0.5, null),
            new GraphMlWriter.Edge("a", "b", "statement", 1, 1, "assert,urge")), w);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, doc.getElementsByTagName("node").getLength());
    assertEquals(2, doc.getElementsByTagName("edge").getLength());
    assertTrue(w.toString().contains("AT&amp;T &lt;Inc&gt;"));
    assertTrue(w.toString().contains("directed=\"true\""));
  }
}
