// Statuses and workflows of project CHG. Two statuses are called "Approved": the change
// request's is still in progress (it must be scheduled), the approval's is done.
import type { StatusRecord, WorkflowRecord } from '../state';

export const STATUS = {
  draft: '10000',
  inReview: '10001',
  crApproved: '10002',
  scheduled: '10003',
  done: '10004',
  declined: '10005',
  pending: '10006',
  approvalApproved: '10007',
  toDo: '10008',
  inProgress: '10009',
  wontDo: '10010',
  withdrawn: '10011',
} as const;

export const WORKFLOW = {
  changeRequest: 'change-request-workflow',
  changeApproval: 'change-approval-workflow',
  task: 'task-workflow',
} as const;

export function seedStatuses(): StatusRecord[] {
  return [
    {
      id: STATUS.draft,
      name: 'Draft',
      description: 'The request is being written.',
      category: 'new',
    },
    {
      id: STATUS.inReview,
      name: 'In review',
      description: 'Submitted for review and approval.',
      category: 'indeterminate',
    },
    {
      id: STATUS.crApproved,
      name: 'Approved',
      description: 'Approved, waiting to be scheduled.',
      category: 'indeterminate',
    },
    {
      id: STATUS.scheduled,
      name: 'Scheduled',
      description: 'Scheduled for launch.',
      category: 'indeterminate',
    },
    { id: STATUS.done, name: 'Done', description: 'Work is finished.', category: 'done' },
    {
      id: STATUS.declined,
      name: 'Declined',
      description: 'The request was declined.',
      category: 'done',
    },
    {
      id: STATUS.pending,
      name: 'Pending',
      description: 'Waiting for the approver.',
      category: 'new',
    },
    {
      id: STATUS.approvalApproved,
      name: 'Approved',
      description: 'The approver approved.',
      category: 'done',
    },
    { id: STATUS.toDo, name: 'To Do', description: 'Not started.', category: 'new' },
    {
      id: STATUS.inProgress,
      name: 'In Progress',
      description: 'Being worked on.',
      category: 'indeterminate',
    },
    {
      id: STATUS.wontDo,
      name: "Won't do",
      description: 'Closed without doing it.',
      category: 'done',
    },
    {
      id: STATUS.withdrawn,
      name: 'Withdrawn',
      description: 'No longer needed: the change no longer asks for this approval.',
      category: 'done',
    },
  ];
}

export function seedWorkflows(): WorkflowRecord[] {
  return [
    {
      id: WORKFLOW.changeRequest,
      name: 'Change Request workflow',
      initialStatusId: STATUS.draft,
      statusIds: [
        STATUS.draft,
        STATUS.inReview,
        STATUS.crApproved,
        STATUS.scheduled,
        STATUS.done,
        STATUS.declined,
      ],
      transitions: [
        { id: '11', name: 'Submit', from: [STATUS.draft], to: STATUS.inReview, validators: [] },
        {
          id: '21',
          name: 'Approve',
          from: [STATUS.inReview],
          to: STATUS.crApproved,
          validators: ['approvals-complete-validator'],
        },
        {
          id: '31',
          name: 'Schedule',
          from: [STATUS.crApproved],
          to: STATUS.scheduled,
          validators: ['lead-time-validator'],
        },
        { id: '41', name: 'Done', from: [STATUS.scheduled], to: STATUS.done, validators: [] },
        {
          id: '51',
          name: 'Decline',
          from: [STATUS.draft, STATUS.inReview, STATUS.crApproved],
          to: STATUS.declined,
          validators: [],
        },
        // An approved change whose assessment changed goes back for review (no gate: nothing is approved by it).
        {
          id: '61',
          name: 'Back to review',
          from: [STATUS.crApproved],
          to: STATUS.inReview,
          validators: [],
        },
      ],
    },
    {
      id: WORKFLOW.changeApproval,
      name: 'Change Approval workflow',
      initialStatusId: STATUS.pending,
      statusIds: [STATUS.pending, STATUS.approvalApproved, STATUS.declined, STATUS.withdrawn],
      transitions: [
        {
          id: '11',
          name: 'Approve',
          from: [STATUS.pending],
          to: STATUS.approvalApproved,
          validators: ['approver-only-validator'],
        },
        {
          id: '21',
          name: 'Decline',
          from: [STATUS.pending],
          to: STATUS.declined,
          validators: ['approver-only-validator'],
        },
        // The app withdraws an approval its plan no longer needs; no person may (the approver
        // validator does not apply: the app is not the approver).
        {
          id: '31',
          name: 'Withdraw',
          from: [STATUS.pending],
          to: STATUS.withdrawn,
          validators: [],
          appOnly: true,
        },
      ],
    },
    {
      id: WORKFLOW.task,
      name: 'Task workflow',
      initialStatusId: STATUS.toDo,
      statusIds: [STATUS.toDo, STATUS.inProgress, STATUS.done, STATUS.wontDo],
      transitions: [
        { id: '11', name: 'Start', from: [STATUS.toDo], to: STATUS.inProgress, validators: [] },
        { id: '21', name: 'Done', from: [STATUS.inProgress], to: STATUS.done, validators: [] },
        {
          id: '31',
          name: "Won't do",
          from: [STATUS.toDo, STATUS.inProgress],
          to: STATUS.wontDo,
          validators: [],
        },
      ],
    },
  ];
}
