import ReactMarkdown, { type Components } from "react-markdown";

// Links leave the app in a new tab and pass nothing about it along.
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
};

/**
 * Markdown as people type it in comments. Raw HTML is never rendered (react-markdown escapes it unless a raw
 * plugin is added, and none is), and its URL filter drops `javascript:` and other unsafe link targets.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown components={components}>{text}</ReactMarkdown>
    </div>
  );
}
