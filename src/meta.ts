/** Package identity. A test keeps VERSION equal to package.json's version. */
export const VERSION = '0.1.0';
export const REPOSITORY = 'https://github.com/zklint/zklint';

/** Each rule's documentation page, pinned to this release. */
export function docsUrl(ruleId: string): string {
  return `${REPOSITORY}/blob/v${VERSION}/rules/${ruleId}.md`;
}
