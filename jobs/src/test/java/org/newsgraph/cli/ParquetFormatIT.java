package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.spark.SeedTables;
import org.newsgraph.spark.SparkTestSupport;

/**
 * The Parquet files read correctly outside Spark's own conventions: footers read with the plain
 * parquet-mr reader show DATE as the DATE logical type, strings as UTF-8 strings, and no INT96.
 */
class ParquetFormatIT {
  private static SparkSession spark;
  private static Path out;

  @BeforeAll
  static void tables() {
    spark = SparkTestSupport.session();
    out = SeedTables.get(spark);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static MessageType schema(String table) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve(table))) {
      Path file = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
      try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
          new org.apache.hadoop.fs.Path(file.toString()), new Configuration()))) {
        return r.getFooter().getFileMetaData().getSchema();
      }
    }
  }

  private static void noInt96(Type t) {
    if (t.isPrimitive()) {
      assertFalse(t.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96, t.getName());
    } else {
      t.asGroupType().getFields().forEach(ParquetFormatIT::noInt96);
    }
  }

  @Test
  void portableTypes() throws IOException {
    for (String table : List.of("documents", "sentences", "rejects", "mentions", "entities", "statements",
        "cooccurrences", "statement_edges")) {
      MessageType schema = schema(table);
      schema.getFields().forEach(ParquetFormatIT::noInt96);
    }
    MessageType docs = schema("documents");
    Type date = docs.getType("published_date");
    assertEquals(PrimitiveType.PrimitiveTypeName.INT32, date.asPrimitiveType().getPrimitiveTypeName());
    assertEquals(LogicalTypeAnnotation.dateType(), date.getLogicalTypeAnnotation());
    assertEquals(LogicalTypeAnnotation.stringType(), docs.getType("title").getLogicalTypeAnnotation());
    assertTrue(schema("entities").getType("aliases").getLogicalTypeAnnotation() instanceof
        LogicalTypeAnnotation.ListLogicalTypeAnnotation);
  }
}
