// The client parses XML answers only; the check asks for JSON, so these are never called.
function unused() {
  throw new Error('XML is not used');
}
module.exports = { parseXml: unused, toJson: unused, toXml: unused };
