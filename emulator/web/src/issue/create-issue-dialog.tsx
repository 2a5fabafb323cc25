// Jira's Create dialog: project, issue type (from createmeta), summary, description and due
// date; Jira validates, and its field errors are shown next to the fields they concern.
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { useState, type ReactNode } from 'react';
import { textToAdf } from '../adf/text-to-adf';
import { HttpError, errorMessages } from '../api/http-error';
import {
  createMeta,
  createdIssue,
  projectSearch,
  type IssueType,
  type Project,
} from '../api/jira-schemas';
import { useResource } from '../api/use-resource';
import { navigate } from '../routing/history';
import { paths } from '../routing/routes';
import { useFlags } from '../shell/flags';
import { useShell } from '../shell/shell-context';

interface Option {
  label: string;
  value: string;
}

const FIELD_IDS = ['project', 'issuetype', 'parent', 'summary', 'description', 'duedate'] as const;
type FieldId = (typeof FIELD_IDS)[number];

function isFieldId(value: string): value is FieldId {
  return (FIELD_IDS as readonly string[]).includes(value);
}

interface Problems {
  general: string[];
  fields: Partial<Record<FieldId, string>>;
}

function problemsFrom(error: unknown): Problems {
  if (!(error instanceof HttpError)) return { general: errorMessages(error), fields: {} };
  const fields: Partial<Record<FieldId, string>> = {};
  const general = [...error.messages];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (isFieldId(field)) fields[field] = message;
    else general.push(`${field}: ${message}`);
  }
  if (general.length === 0 && Object.keys(fields).length === 0) general.push(error.message);
  return { general, fields };
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

function Field({ children }: { children: ReactNode }) {
  return <div className="form-field">{children}</div>;
}

const FALLBACK_PROJECTS: Project[] = [{ key: 'CHG', name: 'CHG' }];

export function CreateIssueDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  return (
    <ModalTransition>
      {isOpen && (
        <Modal onClose={onClose} width="medium" label="Create issue" shouldScrollInViewport>
          <CreateIssueForm onClose={onClose} />
        </Modal>
      )}
    </ModalTransition>
  );
}

const DEFAULT_ISSUE_TYPE = 'Change Request';

function CreateIssueForm({ onClose }: { onClose: () => void }) {
  const { api } = useShell();
  const flags = useFlags();
  const [projectKey, setProjectKey] = useState('CHG');
  const [issueTypeId, setIssueTypeId] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [description, setDescription] = useState('');
  const [duedate, setDuedate] = useState('');
  const [parentKey, setParentKey] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [problems, setProblems] = useState<Problems>({ general: [], fields: {} });

  const [projects] = useResource(
    (signal) =>
      api.get('/rest/api/3/project/search', projectSearch, signal).then(
        (page) => (page.values.length > 0 ? page.values : FALLBACK_PROJECTS),
        () => FALLBACK_PROJECTS,
      ),
    [api],
  );
  const [types] = useResource(
    (signal) =>
      api.get(
        `/rest/api/3/issue/createmeta/${encodeURIComponent(projectKey)}/issuetypes`,
        createMeta,
        signal,
      ),
    [api, projectKey],
  );

  const typeList: IssueType[] = types.state === 'ready' ? types.data : [];
  const chosenType =
    typeList.find((t) => t.id === issueTypeId) ??
    // The change project is for change requests: that is what someone opening Create there means to raise.
    typeList.find((t) => t.name === DEFAULT_ISSUE_TYPE) ??
    typeList.find((t) => t.subtask !== true) ??
    typeList[0];
  const projectOptions: Option[] = (
    projects.state === 'ready' ? projects.data : FALLBACK_PROJECTS
  ).map((p) => ({
    label: `${p.name} (${p.key})`,
    value: p.key,
  }));
  const typeOptions: Option[] = typeList.map((t) => ({ label: t.name, value: t.id }));
  const isSubtask = chosenType?.subtask === true;

  const submit = async (): Promise<void> => {
    setSubmitting(true);
    setProblems({ general: [], fields: {} });
    const fields: Record<string, unknown> = {
      project: { key: projectKey },
      issuetype: chosenType === undefined ? {} : { id: chosenType.id },
      summary: summary.trim(),
    };
    if (description.trim() !== '') fields.description = textToAdf(description);
    if (duedate !== '') fields.duedate = duedate;
    if (isSubtask && parentKey.trim() !== '')
      fields.parent = { key: parentKey.trim().toUpperCase() };
    try {
      const created = await api.send('POST', '/rest/api/3/issue', { fields }, createdIssue);
      flags.show({ appearance: 'success', title: `${created.key} created` });
      onClose();
      navigate(paths.issue(created.key));
    } catch (error) {
      setProblems(problemsFrom(error));
    } finally {
      setSubmitting(false);
    }
  };

  const describedBy = (field: FieldId): string | undefined =>
    problems.fields[field] === undefined ? undefined : `create-${field}-error`;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ModalHeader>
        <ModalTitle>Create issue</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {problems.general.length > 0 && (
          <div data-testid="create-error">
            <SectionMessage appearance="error" title="Jira could not create the issue">
              {problems.general.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </SectionMessage>
          </div>
        )}
        <Field>
          <Label htmlFor="create-project">Project</Label>
          <Select<Option>
            inputId="create-project"
            options={projectOptions}
            value={projectOptions.find((o) => o.value === projectKey) ?? null}
            onChange={(option) => {
              if (option !== null) {
                setProjectKey(option.value);
                setIssueTypeId(null);
              }
            }}
            descriptionId={describedBy('project')}
          />
          <FieldError id="create-project-error" message={problems.fields.project} />
        </Field>
        <Field>
          <Label htmlFor="create-issuetype">Issue type</Label>
          <Select<Option>
            inputId="create-issuetype"
            options={typeOptions}
            isLoading={types.state === 'loading'}
            value={typeOptions.find((o) => o.value === chosenType?.id) ?? null}
            onChange={(option) => {
              if (option !== null) setIssueTypeId(option.value);
            }}
            descriptionId={describedBy('issuetype')}
          />
          {types.state === 'failed' && (
            <p className="field-error">
              Issue types could not be loaded: {errorMessages(types.error).join(' ')}
            </p>
          )}
          <FieldError id="create-issuetype-error" message={problems.fields.issuetype} />
        </Field>
        {isSubtask && (
          <Field>
            <Label htmlFor="create-parent">Parent issue key</Label>
            <Textfield
              id="create-parent"
              value={parentKey}
              placeholder="CHG-1"
              isInvalid={problems.fields.parent !== undefined}
              aria-describedby={describedBy('parent')}
              onChange={(event) => {
                setParentKey(event.currentTarget.value);
              }}
            />
            <FieldError id="create-parent-error" message={problems.fields.parent} />
          </Field>
        )}
        <Field>
          <Label htmlFor="create-summary">Summary</Label>
          <Textfield
            id="create-summary"
            value={summary}
            isRequired
            isInvalid={problems.fields.summary !== undefined}
            aria-describedby={describedBy('summary')}
            onChange={(event) => {
              setSummary(event.currentTarget.value);
            }}
          />
          <FieldError id="create-summary-error" message={problems.fields.summary} />
        </Field>
        <Field>
          <Label htmlFor="create-description">Description</Label>
          <TextArea
            id="create-description"
            minimumRows={4}
            value={description}
            isInvalid={problems.fields.description !== undefined}
            aria-describedby={describedBy('description')}
            onChange={(event) => {
              setDescription(event.currentTarget.value);
            }}
          />
          <FieldError id="create-description-error" message={problems.fields.description} />
        </Field>
        <Field>
          <Label htmlFor="create-duedate">Due date</Label>
          <Textfield
            id="create-duedate"
            type="date"
            value={duedate}
            isInvalid={problems.fields.duedate !== undefined}
            aria-describedby={describedBy('duedate')}
            onChange={(event) => {
              setDuedate(event.currentTarget.value);
            }}
          />
          <FieldError id="create-duedate-error" message={problems.fields.duedate} />
        </Field>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose}>
          Cancel
        </Button>
        <Button
          type="submit"
          appearance="primary"
          isDisabled={submitting || chosenType === undefined}
        >
          {submitting ? 'Creating…' : 'Create'}
        </Button>
      </ModalFooter>
    </form>
  );
}
