#!/usr/bin/env python3
"""Extract the articles of a crawl's WARC files with PySpark, cc-pyspark style.

The input is a text file of WARC paths, one per line (Common Crawl's warc.paths.gz, or a list
of local, HDFS-mounted, s3:// or https:// paths). Each Spark task takes its share of the paths
(mapPartitions) and runs the self-contained articleextract tool, shipped to every executor with
--archives, once per WARC: the WARC is streamed into the tool's standard input (--warc -), so it
is never stored on the executor's disk. The rows (one per page, plus error rows) are written as
Parquet. See README.md for the exact spark-submit command.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import urllib.request

from pyspark.sql import SparkSession
from pyspark.sql.types import (ArrayType, BooleanType, IntegerType, LongType, StringType, StructField, StructType)

STRING_FIELDS = ["id", "warcRecordId", "url", "warcDate", "warcFile", "title", "byline", "publishedTime", "modifiedTime",
                 "siteName", "publisher", "pageType", "lang", "excerpt", "leadImage", "canonicalUrl", "inputKind",
                 "text", "html", "error"]

SCHEMA = StructType(
    [StructField(name, StringType()) for name in STRING_FIELDS]
    + [StructField("offset", LongType()), StructField("httpStatus", IntegerType()), StructField("truncated", BooleanType()),
       StructField("wordCount", IntegerType()), StructField("authors", ArrayType(StringType())),
       StructField("tags", ArrayType(StringType())),
       StructField("boilerplate", ArrayType(StructType([StructField("kind", StringType()), StructField("text", StringType())])))])


def open_warc(path):
    """A readable binary stream of the WARC: s3:// through the AWS CLI, http(s) through urllib, else a file."""
    if path.startswith("s3://"):
        process = subprocess.Popen(["aws", "s3", "cp", "--only-show-errors", path, "-"], stdout=subprocess.PIPE)
        return process.stdout, process
    if path.startswith(("http://", "https://")):
        return urllib.request.urlopen(path, timeout=120), None
    return open(path.removeprefix("file://"), "rb"), None


def extract_partition(paths, tool, parallel):
    """Runs articleextract on each WARC of the partition; yields one row per page or error."""
    for path in paths:
        path = path.strip()
        if not path:
            continue
        source, downloader = open_warc(path)
        extractor = subprocess.Popen(tool + ["--warc", "-", "--parallel", str(parallel)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        # Feed the WARC from a thread while rows are read here, so neither pipe fills up.
        def feed():
            try:
                shutil.copyfileobj(source, extractor.stdin, 1 << 20)
            except BrokenPipeError:
                pass
            finally:
                extractor.stdin.close()
                source.close()

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        for line in extractor.stdout:
            row = json.loads(line)
            row["warcFile"] = path  # the tool only saw "-"
            yield {field.name: row.get(field.name) for field in SCHEMA.fields}
        feeder.join()
        code = extractor.wait()
        if downloader is not None:
            downloader.wait()
        if code != 0:
            yield {**{field.name: None for field in SCHEMA.fields}, "id": path, "warcFile": path,
                   "error": f"articleextract exited with {code}: the archive could not be read"}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", required=True, help="a text file of WARC paths, one per line (may be .gz)")
    parser.add_argument("--output", required=True, help="the Parquet output folder")
    parser.add_argument("--tool", default="./articleextract/ArticleExtract.Cli",
                        help="the tool inside the archive shipped with --archives (default: ./articleextract/ArticleExtract.Cli)")
    parser.add_argument("--partitions", type=int, default=None, help="Spark partitions (default: one per WARC)")
    parser.add_argument("--parallel", type=int, default=1, help="pages extracted at once inside one task (set spark.task.cpus to match)")
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("articleextract-warc").getOrCreate()
    paths = spark.sparkContext.textFile(args.input).filter(lambda line: line.strip())
    count = paths.count()
    paths = paths.repartition(args.partitions or max(count, 1))
    tool, parallel = args.tool.split(), args.parallel
    rows = paths.mapPartitions(lambda part: extract_partition(part, tool, parallel))
    spark.createDataFrame(rows, SCHEMA).write.mode("overwrite").parquet(args.output)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
