// The issue's comments (ADF) and a box to add one as the acting user.
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { useState } from 'react';
import { anything } from '../api/emulator-schemas';
import { errorMessages } from '../api/http-error';
import { commentPage } from '../api/jira-schemas';
import { useResource } from '../api/use-resource';
import { AdfView } from '../adf/adf-view';
import { textToAdf } from '../adf/text-to-adf';
import { formatInstant } from '../common/format';
import { ErrorState, Loading } from '../common/states';
import { initials } from '../common/initials';
import { useShell } from '../shell/shell-context';

export function CommentsSection({ issueKey, version }: { issueKey: string; version: number }) {
  const { api } = useShell();
  const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}/comment`;
  const [comments, reload] = useResource(
    (signal) => api.get(path, commentPage, signal),
    [api, path, version],
  );
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  const save = async (): Promise<void> => {
    setSaving(true);
    setSaveError(null);
    try {
      await api.send('POST', path, { body: textToAdf(text) }, anything);
      setText('');
      reload();
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="issue-section" aria-labelledby="comments-heading">
      <Heading size="small" as="h2" id="comments-heading">
        Comments
      </Heading>
      <form
        className="comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() !== '') void save();
        }}
      >
        <Label htmlFor="new-comment">Add a comment</Label>
        <TextArea
          id="new-comment"
          name="comment"
          minimumRows={2}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
          }}
        />
        {saveError !== null && (
          <SectionMessage appearance="error" title="The comment was not saved">
            {errorMessages(saveError).map((message) => (
              <p key={message}>{message}</p>
            ))}
          </SectionMessage>
        )}
        <div className="form-actions">
          <Button type="submit" appearance="primary" isDisabled={saving || text.trim() === ''}>
            {saving ? 'Saving…' : 'Save comment'}
          </Button>
        </div>
      </form>
      {comments.state === 'loading' && <Loading label="Loading comments" />}
      {comments.state === 'failed' && (
        <ErrorState title="Comments could not be loaded" error={comments.error} />
      )}
      {comments.state === 'ready' &&
        (comments.data.comments.length === 0 ? (
          <p className="shell-muted">No comments yet.</p>
        ) : (
          <ol className="comment-list" aria-label="Comments">
            {comments.data.comments.map((comment) => {
              const author = comment.author?.displayName ?? comment.author?.accountId ?? 'Someone';
              return (
                <li key={comment.id} className="comment">
                  <span className="avatar" aria-hidden="true">
                    {initials(author)}
                  </span>
                  <div className="comment-main">
                    <p className="comment-meta">
                      <strong>{author}</strong>{' '}
                      <span className="shell-muted">{formatInstant(comment.created)}</span>
                    </p>
                    <AdfView document={comment.body} />
                  </div>
                </li>
              );
            })}
          </ol>
        ))}
    </section>
  );
}
