// The in-process Jira answers only what Atlassian's OpenAPI document allows.
import {
  CONTRACT_VIOLATION_HEADER,
  createOpenApiValidator,
  NOT_IMPLEMENTED_HEADER,
} from '../../emulator/jira';
import { createCheckedSite } from '../../emulator/jira/testing/checked-client';
import { TestClock } from '../../emulator/jira/testing/builders';

const clock = new TestClock('2026-11-23T10:15:00.000Z');

function newSite() {
  return createCheckedSite({ now: clock.now });
}

describe('contract checks on requests', () => {
  it('answers an unknown endpoint with 404 and names the violation', async () => {
    const { call } = newSite();
    const res = await call('requester', 'GET', '/rest/api/3/issue/CHG-1/not-a-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      errorMessages: [expect.stringContaining('unknown endpoint')],
      errors: {},
    });
    expect(res.headers[CONTRACT_VIOLATION_HEADER]).toContain(
      'GET /rest/api/3/issue/CHG-1/not-a-thing',
    );
  });

  it('treats a method the path does not offer as an unknown endpoint', async () => {
    const { call } = newSite();
    const res = await call('requester', 'DELETE', '/rest/api/3/search/jql');
    expect(res.status).toBe(404);
    expect(res.headers[CONTRACT_VIOLATION_HEADER]).toBeDefined();
  });

  it('refuses a body that breaks the schema with 400 and the reason', async () => {
    const { call } = newSite();
    const res = await call('requester', 'POST', '/rest/api/3/issue', {
      body: { fields: 'not an object' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errorMessages: [expect.stringContaining('requestBody.fields must be object')],
      errors: {},
    });
    expect(res.headers[CONTRACT_VIOLATION_HEADER]).toContain('createIssue');
  });

  it('refuses unknown properties where the schema is closed', async () => {
    const { call } = newSite();
    const res = await call('requester', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG', pageSize: 10 },
    });
    expect(res.status).toBe(400);
    expect(res.headers[CONTRACT_VIOLATION_HEADER]).toContain("additional properties 'pageSize'");
  });

  it('refuses a query parameter of the wrong type', async () => {
    const { call } = newSite();
    const res = await call(
      'requester',
      'GET',
      '/rest/api/3/search/jql?jql=project%20%3D%20CHG&maxResults=lots',
    );
    expect(res.status).toBe(400);
    expect(res.headers[CONTRACT_VIOLATION_HEADER]).toContain('maxResults must be integer');
  });

  it('refuses a request without a required body', async () => {
    const { call } = newSite();
    const res = await call('admin', 'POST', '/rest/api/3/issuetype');
    expect(res.status).toBe(400);
    expect(res.headers[CONTRACT_VIOLATION_HEADER]).toBeDefined();
  });

  it('says so, loudly, when an endpoint exists in Jira but not in the emulator', async () => {
    const { call } = newSite();
    const res = await call('admin', 'GET', '/rest/api/3/dashboard');
    expect(res.status).toBe(501);
    expect(res.headers[NOT_IMPLEMENTED_HEADER]).toBe('getAllDashboards');
  });

  it('answers the removed /rest/api/3/search with 410 Gone, for GET and POST', async () => {
    const { call } = newSite();
    const get = await call('requester', 'GET', '/rest/api/3/search?jql=project%20%3D%20CHG');
    const post = await call('requester', 'POST', '/rest/api/3/search', {
      body: { jql: 'project = CHG' },
    });
    for (const res of [get, post]) {
      expect(res.status).toBe(410);
      expect(res.body).toEqual({
        errorMessages: [expect.stringContaining('/rest/api/3/search/jql')],
        errors: {},
      });
    }
  });

  it('answers 401 for a caller who is not a user of the site', async () => {
    const { call } = newSite();
    const res = await call('nobody-here', 'GET', '/rest/api/3/myself');
    expect(res.status).toBe(401);
  });
});

describe('the response validator', () => {
  const validator = createOpenApiValidator();

  it('accepts what the document allows and names what it does not', () => {
    expect(
      validator.validateResponse('getIssue', 200, { id: '10000', key: 'CHG-1', fields: {} }),
    ).toEqual({ ok: true });
    const bad = validator.validateResponse('getIssue', 200, { id: 10000, key: 'CHG-1' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.reason).toContain('id must be string');
    const closed = validator.validateResponse('createIssue', 201, {
      id: '1',
      key: 'CHG-1',
      self: 'http://x/1',
      extra: true,
    });
    expect(closed.ok).toBe(false);
  });

  it('reports the operation and path parameters of a valid request', () => {
    const check = validator.validateRequest({
      method: 'PUT',
      path: '/rest/api/3/issue/CHG-1/properties/change-governance.intake',
      query: {},
      body: { launchDate: '2027-01-01' },
    });
    expect(check).toMatchObject({
      ok: true,
      operationId: 'setIssueProperty',
      params: { issueIdOrKey: 'CHG-1', propertyKey: 'change-governance.intake' },
    });
  });
});
