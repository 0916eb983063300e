/** Package identity. A test keeps VERSION equal to package.json's version. */
export const VERSION = '0.1.0';
export const REPOSITORY = 'https://github.com/zklint/zklint';

/** Each rule's documentation page, pinned to this release. */
const urls = new Map<string, string>();
export function docsUrl(ruleId: string): string {
  let url = urls.get(ruleId);
  if (url === undefined) urls.set(ruleId, (url = `${REPOSITORY}/blob/v${VERSION}/rules/${ruleId}.md`));
  return url;
}
