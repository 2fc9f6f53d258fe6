// Writes the WARC test archives of tests/ArticleExtract.Tests/Fixtures/warc with warcio.js
// (Webrecorder's WARC writer), so the reader is tested on archives it did not write itself.
//
//   cd tests/WarcFixtures && npm install && node make-fixtures.mjs
//
// The good archives hold the pages of Fixtures/warc/pages as they would come from a crawl: HTTP
// responses (plain, chunked, gzip, deflate, br, a legacy charset), a resource, a truncated
// response, and the records an extractor must skip (warcinfo, request, metadata, revisit,
// a 404, a redirect, an image, a DNS resource, a conversion). The hostile archives are the same
// records with one documented defect each, applied to warcio's output.
import { WARCRecord, WARCSerializer } from "warcio";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, "..", "ArticleExtract.Tests", "Fixtures", "warc");
const page = (name) => fs.readFileSync(path.join(out, "pages", `${name}.html`));
const site = "https://town.example/news/";
const date = "2024-06-01T12:00:00Z";

async function* bytes(data) { yield data; }

async function response(name, httpHeaders, payload, { status = "200 OK", warcHeaders = {}, url = site + name } = {}) {
  return WARCRecord.create({ url, date, type: "response", warcVersion, statusline: `HTTP/1.1 ${status}`, httpHeaders, warcHeaders }, bytes(payload));
}

let warcVersion = "WARC/1.1";

function chunked(data) {
  const parts = [];
  for (let i = 0; i < data.length; i += 300) {
    const piece = data.subarray(i, i + 300);
    parts.push(Buffer.from(piece.length.toString(16) + "\r\n"), piece, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from("0\r\n\r\n"));
  return Buffer.concat(parts);
}

async function records() {
  const html = "text/html; charset=utf-8";
  const list = [];
  list.push(await WARCRecord.createWARCInfo({ filename: "pages.warc.gz", warcVersion }, { software: "warcio.js 2.4.11", description: "ArticleExtract test archive" }));
  list.push(await WARCRecord.create({ url: site + "harbour", date, type: "request", warcVersion, statusline: "GET /news/harbour HTTP/1.1", httpHeaders: { Host: "town.example" } }, bytes(Buffer.alloc(0))));
  list.push(await response("harbour", { "Content-Type": html }, page("harbour")));
  list.push(await WARCRecord.create({ url: site + "harbour", date, type: "metadata", warcVersion, warcHeaders: { "Content-Type": "application/warc-fields" } }, bytes(Buffer.from("fetchTimeMs: 120\r\n"))));
  list.push(await response("library", { "Content-Type": html, "Transfer-Encoding": "chunked" }, chunked(page("library"))));
  list.push(await response("orchard", { "Content-Type": html, "Content-Encoding": "gzip" }, zlib.gzipSync(page("orchard"))));
  list.push(await response("bridge", { "Content-Type": html, "Content-Encoding": "deflate" }, zlib.deflateSync(page("bridge"))));
  list.push(await response("market", { "Content-Type": html, "Content-Encoding": "br" }, zlib.brotliCompressSync(page("market"))));
  list.push(await response("legacy", { "Content-Type": "text/html; charset=windows-1252" }, page("legacy")));
  list.push(await WARCRecord.create({ url: site + "choir", date, type: "resource", warcVersion, warcHeaders: { "Content-Type": "text/html" } }, bytes(page("choir"))));
  list.push(await WARCRecord.create({ url: site + "harbour", date: "2024-06-02T12:00:00Z", type: "revisit", warcVersion,
    warcHeaders: { "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest", "WARC-Refers-To-Target-URI": site + "harbour" },
    statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": html } }, bytes(Buffer.alloc(0))));
  list.push(await response("missing", { "Content-Type": html }, Buffer.from("<html><body><p>Not found</p></body></html>"), { status: "404 Not Found" }));
  list.push(await response("old", { Location: site + "harbour", "Content-Type": html }, Buffer.from("<html><body>Moved</body></html>"), { status: "301 Moved Permanently" }));
  list.push(await response("logo.png", { "Content-Type": "image/png" }, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")));
  list.push(await WARCRecord.create({ url: "dns:town.example", date, type: "resource", warcVersion, warcHeaders: { "Content-Type": "text/dns" } }, bytes(Buffer.from("20240601120000\ntown.example. 300 IN A 192.0.2.1\n"))));
  list.push(await WARCRecord.create({ url: site + "choir", date, type: "conversion", warcVersion, warcHeaders: { "Content-Type": "text/plain" } }, bytes(Buffer.from("Choir celebrates its fiftieth year\n"))));
  const cut = page("truncated");
  list.push(await response("truncated", { "Content-Type": html }, cut.subarray(0, Math.floor(cut.length * 0.7)), { warcHeaders: { "WARC-Truncated": "length" } }));
  return list;
}

const serialize = async (record, gzip) => Buffer.from(await WARCSerializer.serialize(record, { gzip }));
const write = (name, data) => { fs.writeFileSync(path.join(out, name), data); console.log(`${name}: ${data.length} bytes`); };

// Records are created anew for each serialization: a record's content can be read once.
const build = async (gzip, version) => { warcVersion = version; return Promise.all((await records()).map((r) => serialize(r, gzip))); };
const gz = await build(true, "WARC/1.1");
const plain = await build(false, "WARC/1.0");
write("pages.warc.gz", Buffer.concat(gz));
write("pages.warc", Buffer.concat(plain));
write("pages-whole.warc.gz", zlib.gzipSync(Buffer.concat(plain)));

// Hostile archives: [warcinfo, harbour response, library response] with one defect each.
const [info, , harbour, , library, orchard] = plain;
const [, , harbourGz, , libraryGz, orchardGz] = gz;
const setLength = (record, value) => Buffer.from(record.toString("latin1").replace(/Content-Length: \d+/, `Content-Length: ${value}`), "latin1");
const lengthOf = (record) => Number(/Content-Length: (\d+)/.exec(record.toString("latin1"))[1]);
write("hostile-length-too-large.warc", Buffer.concat([info, setLength(harbour, lengthOf(harbour) + 100000), library]));
write("hostile-length-negative.warc", Buffer.concat([info, setLength(harbour, "-5"), library]));
write("hostile-length-not-a-number.warc", Buffer.concat([info, setLength(harbour, "twelve"), library]));
warcVersion = "WARC/1.1";
const harbourHuge = zlib.gzipSync(setLength(harbour, "999999999999999"));
write("hostile-length-huge.warc.gz", Buffer.concat([harbourHuge, libraryGz]));
const corrupt = Buffer.from(libraryGz);
for (let i = Math.floor(corrupt.length / 2); i < Math.floor(corrupt.length / 2) + 16; i++) corrupt[i] ^= 0x5a;
write("hostile-corrupt-member.warc.gz", Buffer.concat([harbourGz, corrupt, orchardGz]));
const noBlank = Buffer.from(harbour.toString("latin1").replace("\r\n\r\nHTTP/1.1", "\r\nHTTP/1.1"), "latin1");
write("hostile-no-blank-line.warc", Buffer.concat([info, noBlank, library]));
write("hostile-not-warc.warc", page("harbour"));
write("hostile-empty.warc", Buffer.alloc(0));
warcVersion = "WARC/1.1";
const revisit = await serialize(await WARCRecord.create({ url: site + "harbour", date, type: "revisit", warcVersion,
  warcHeaders: { "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/server-not-modified" } }, bytes(Buffer.alloc(0))), true);
write("hostile-revisit-no-payload.warc.gz", Buffer.concat([revisit, harbourGz]));
const whole = Buffer.concat(gz);
write("hostile-cut-short.warc.gz", whole.subarray(0, whole.length - Math.floor(gz[gz.length - 1].length / 2)));
