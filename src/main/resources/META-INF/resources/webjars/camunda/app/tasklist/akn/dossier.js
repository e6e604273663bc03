// AKN: the measure's dossier (summary, costs and shares, expert opinion, every member's decision,
// history), shared by the Tasklist tab and the Cockpit process-instance tab "Maßnahme".
// Data: /api/overview/…/dossier, read with the webapp session (ADR 0006). Plain JavaScript.

const STYLE = `
.akn-dossier { padding: 12px 16px; font-size: 14px; }
.akn-dossier h3 { font-size: 17px; margin: 4px 0 8px; }
.akn-dossier h4 { font-size: 15px; margin: 16px 0 6px; }
.akn-dossier table { border-collapse: collapse; width: 100%; }
.akn-dossier th, .akn-dossier td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #ccc; vertical-align: top; }
.akn-dossier .akn-summary { white-space: pre-wrap; }
.akn-status { display: inline-block; padding: 1px 8px; border-radius: 3px; color: #111; background: #e0e0e0; }
.akn-status-COSIGNED { background: #c8e6c9; } .akn-lead { font-size: 12px; color: #2f4f6f; }
.akn-years { font-size: 12px; color: #444; }
.akn-status-DECLINED { background: #f8c9c4; } .akn-status-COUNCIL_PENDING, .akn-status-SIGNOFF_PENDING { background: #ffe0a3; }
.akn-status-NO_RESPONSE { background: #e6c3c3; } .akn-status-INVITED { background: #e0e0e0; }
`;

export function escape(text) {
  return String(text == null ? '–' : text).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  }[c]));
}

export function style(node) {
  if (!document.getElementById('akn-dossier-style')) {
    const element = document.createElement('style');
    element.id = 'akn-dossier-style';
    element.textContent = STYLE;
    document.head.appendChild(element);
  }
}

export function status(code, label) {
  return `<span class="akn-status akn-status-${escape(code)}">${escape(label)}</span>`;
}

/** Loads JSON from our API with the webapp session; null for 403/404. */
export async function load(path) {
  // X-Requested-With: a 401 comes without the Basic challenge (no browser login dialog over the app)
  const response = await fetch(path, { credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (response.status === 403 || response.status === 404 || response.status === 401) {
    return null;
  }
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.json();
}

const APPROVAL = { OPEN: 'offen', APPROVED: 'freigegeben', CHANGES_REQUESTED: 'Änderungen erbeten' };

/** A file's size as people read it: "48 KB", "2,4 MB". */
export function fileSize(bytes) {
  return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024)).toLocaleString('de-DE') + ' KB'
    : (bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 }) + ' MB';
}

function fileLink(reference, file) {
  return `<a href="/api/measures/${encodeURIComponent(reference)}/files/${encodeURIComponent(file.id)}"
    target="_blank" rel="noopener">${escape(file.name)}</a> (${escape(fileSize(file.size))})`;
}

/** Contributions, draft and sign-offs of a joint event or brochure (empty for other measures). */
function production(d) {
  const parts = d.parts || {};
  if (!parts.contributions) {
    return '';
  }
  const name = id => (d.memberNames || {})[id] || id;
  const contributions = parts.contributions.map(c => `<tr><td>${escape(name(c.member))}</td>
      <td class="akn-summary">${escape(c.text || 'noch nicht geliefert')}</td>
      <td>${c.files.length ? c.files.map(f => fileLink(d.reference, f)).join('<br>') : '–'}</td></tr>`).join('');
  const approvals = (parts.draftApprovals || []).map(a => `<tr><td>${escape(name(a.member))}</td>
      <td>${escape(APPROVAL[a.status] || a.status)}</td><td>${escape(a.comment)}</td></tr>`).join('');
  return `<h4>Beiträge der Kommunen</h4>
    <table><thead><tr><th>Mitglied</th><th>Beitrag</th><th>Dateien</th></tr></thead><tbody>${contributions}</tbody></table>
    <h4>Entwurf und Freigabe</h4>
    <p>${parts.draft ? 'Entwurf ' + escape(parts.draft.round) + ': ' + fileLink(d.reference, parts.draft)
      : 'Noch kein Entwurf zur Freigabe vorgelegt.'}</p>
    ${approvals ? `<table><thead><tr><th>Mitglied</th><th>Freigabe</th><th>Anmerkung</th></tr></thead>
      <tbody>${approvals}</tbody></table>` : ''}`;
}

const money = value => value == null ? '–'
  : Number(value).toLocaleString('de-DE', { style: 'currency', currency: 'EUR' });
const day = value => value ? value.split('-').reverse().join('.') : '–';

/** Actual costs, funding received and the settlement between the towns (once there are any). */
function settlement(d) {
  const parts = d.parts || {};
  const name = id => (d.memberNames || {})[id] || id;
  let html = '';
  if (parts.costs) {
    html += `<h4>Tatsächliche Kosten</h4><table><thead><tr><th>Datum</th><th>Mitglied</th><th>Betrag</th>
      <th>Beschreibung</th><th>Rechnung</th></tr></thead><tbody>${parts.costs.map(c => `<tr><td>${escape(day(c.date))}</td>
      <td>${escape(name(c.member))}</td><td>${escape(money(c.amountEur))}</td><td>${escape(c.description)}</td>
      <td>${escape(c.invoiceNumber)}</td></tr>`).join('')}</tbody></table>`;
  }
  if (parts.fundingPayments) {
    html += `<h4>Erhaltene Fördermittel</h4><table><thead><tr><th>Datum</th><th>Programm</th><th>Betrag</th></tr></thead>
      <tbody>${parts.fundingPayments.map(p => `<tr><td>${escape(day(p.date))}</td><td>${escape(p.programmeName)}</td>
      <td>${escape(money(p.amountEur))}</td></tr>`).join('')}</tbody></table>`;
  }
  const s = parts.settlement;
  if (s) {
    html += `<h4>Abrechnung (${s.status === 'SETTLED' ? 'abgeschlossen' : 'offen'})</h4>
      <p>Tatsächliche Kosten ${escape(money(s.actualCostEur))}, Fördermittel ${escape(money(s.fundingReceivedEur))},
      von den Kommunen zu tragen ${escape(money(s.netActualCostEur))}</p>
      <table><thead><tr><th>Mitglied</th><th>Anteil</th><th>getragen</th><th>Saldo</th><th>Kostenobergrenze</th></tr></thead>
      <tbody>${s.members.map(m => `<tr><td>${escape(name(m.member))}</td><td>${escape(money(m.owedEur))}</td>
      <td>${escape(money(m.paidEur))}</td><td>${escape(money(m.balanceEur))}</td><td>${escape(money(m.ceilingEur))}</td>
      </tr>`).join('')}</tbody></table>
      <table><thead><tr><th>Erstattung</th><th>Betrag</th><th>Kassenzeichen</th><th>gezahlt am</th></tr></thead>
      <tbody>${s.transfers.map(t => `<tr><td>${escape(name(t.payer))} an ${escape(name(t.payee))}</td>
      <td>${escape(money(t.amountEur))}</td><td>${escape(t.cashReference)}</td><td>${escape(day(t.paidOn))}</td>
      </tr>`).join('')}</tbody></table>`;
  }
  return html;
}

export function renderDossier(node, d) {
  style(node);
  const rows = d.participations.map(p => `<tr><td>${escape(p.member)}${p.lead
      ? ' <span class="akn-lead">(federführend)</span>' : ''}</td><td>${status(p.statusCode, p.status)}</td>
      <td>${escape(p.costShare)}${p.costSharesByYear ? `<br><span class="akn-years">${escape(p.costSharesByYear)}</span>`
        : ''}</td><td>${escape(p.staffDaysShare)}</td><td>${escape(p.councilMeetingDate)}</td>
      <td>${escape(p.decidedAt)}</td><td>${escape(p.comment)}</td></tr>`).join('');
  const history = d.history.map(h => `<tr><td>${escape(h.at)}</td><td>${escape(h.who)}</td><td>${escape(h.what)}</td></tr>`).join('');
  node.innerHTML = `<div class="akn-dossier" lang="de">
    <h3>${escape(d.reference)} – ${escape(d.title)}</h3>
    <p>${escape(d.category)} · Federführung: ${escape(d.leadMember)} · Stand: ${escape(d.status)}</p>
    <p class="akn-summary">${escape(d.summary)}</p>
    <table><tbody>
      <tr><th scope="row">Kosten</th><td>${escape(d.costs)}</td></tr>
      <tr><th scope="row">Kosten je Haushaltsjahr</th><td>${escape(d.budget)}</td></tr>
      ${d.funding && d.funding.length ? `<tr><th scope="row">Förderung</th><td>${d.funding.map(escape).join('<br>')}</td></tr>
      <tr><th scope="row">Kosten nach Förderung</th><td>${escape(d.netCost)}</td></tr>` : ''}
      <tr><th scope="row">Personentage</th><td>${escape(d.staffDays)}</td></tr>
      <tr><th scope="row">Kostenaufteilung</th><td>${escape(d.costSplit)}</td></tr>
      <tr><th scope="row">Umsetzung</th><td>${escape(d.implementation)}</td></tr>
      <tr><th scope="row">Zeitraum</th><td>${escape(d.period)}</td></tr>
      <tr><th scope="row">SDGs</th><td>${escape(d.sdgs)}</td></tr>
      <tr><th scope="row">Einsparung durch gemeinsames Vorgehen</th><td>${escape(d.synergy)}</td></tr>
    </tbody></table>
    <h4>Fachliche Stellungnahme</h4>
    <p>${escape(d.expertOpinion || 'Keine Stellungnahme angefordert oder noch keine abgegeben.')}</p>
    <h4>Beteiligte Mitglieder</h4>
    <table><thead><tr><th>Mitglied</th><th>Entscheidung</th><th>Kostenanteil</th><th>Personentage</th>
      <th>Ratssitzung</th><th>Entschieden am</th><th>Anmerkung</th></tr></thead><tbody>${rows}</tbody></table>
    ${production(d)}
    ${settlement(d)}
    <h4>Verlauf</h4>
    <table><thead><tr><th>Zeitpunkt</th><th>Wer</th><th>Was</th></tr></thead><tbody>${history}</tbody></table>
  </div>`;
}
