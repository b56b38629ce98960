import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface JunitProperty {
  readonly '@_name': string;
  readonly '@_value': string;
}

export interface JunitOutcome {
  readonly '@_message': string;
  readonly '@_type'?: string;
  readonly '#text'?: string;
}

export interface JunitTestcase {
  readonly '@_name': string;
  readonly '@_classname': string;
  readonly '@_time': string;
  readonly properties?: { readonly property?: readonly JunitProperty[] };
  readonly failure?: JunitOutcome;
  readonly error?: JunitOutcome;
  readonly skipped?: JunitOutcome | '';
  readonly 'system-out'?: string;
}

export interface JunitSuite {
  readonly '@_name': string;
  readonly '@_tests': string;
  readonly '@_failures': string;
  readonly '@_errors': string;
  readonly '@_skipped': string;
  readonly '@_time': string;
  readonly '@_timestamp': string;
  readonly properties?: { readonly property?: readonly JunitProperty[] };
  readonly testcase: readonly JunitTestcase[];
}

export interface JunitDocument {
  readonly testsuites: {
    readonly '@_name': string;
    readonly '@_tests': string;
    readonly '@_failures': string;
    readonly '@_errors': string;
    readonly '@_skipped': string;
    readonly '@_time': string;
    readonly testsuite: readonly JunitSuite[];
  };
}

/** Parses JUnit XML after checking it is well-formed; arrays stay arrays even with one element. */
export function parseJunit(text: string): JunitDocument {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(text) as JunitDocument;
}

export function propertiesOf(node: { properties?: { property?: readonly JunitProperty[] } }): Array<[string, string]> {
  return (node.properties?.property ?? []).map((property) => [property['@_name'], property['@_value']]);
}
