package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Reject;

/** Table {@code rejects}: every input file that is not a usable document, with the reason. */
public final class RejectsTable {
  public static final String NAME = "rejects";
  public static final String SOURCE_PATH = "source_path";
  /** Short code, see {@link Reject.Reason}. */
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";

  public static final StructType SCHEMA = new StructType()
      .add(SOURCE_PATH, StringType, false)
      .add(REASON, StringType, false)
      .add(DETAIL, StringType, true);

  private RejectsTable() {
  }

  public static Row toRow(Reject r) {
    return RowFactory.create(r.sourcePath(), r.reason(), r.detail());
  }
}
