/**
 * A minimal, dependency-free Apache Parquet writer for flat tables: one row group, PLAIN encoding, no
 * compression, nullable INT32 / INT64 / DOUBLE / BOOLEAN / UTF-8 string columns, Thrift compact-protocol
 * footer. Enough for the exported level and group tables; any Parquet reader (pandas, pyarrow, DuckDB,
 * Spark) reads the files.
 */
package org.fullsms.export.parquet;
