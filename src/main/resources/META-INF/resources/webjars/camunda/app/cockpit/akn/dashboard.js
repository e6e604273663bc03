// AKN: Cockpit dashboard "Maßnahmen der Allianz" (open measures × members) and the process-instance
// tab "Maßnahme" (the dossier). Data from /api/overview with the webapp session (ADR 0006);
// the matrix is for the coordinator and admin only (others get 403 and see nothing).
import { load, renderDossier, escape, status, style } from '/camunda/app/tasklist/akn/dossier.js';

function matrix(node, data) {
  style(node);
  if (!data.measures.length) {
    node.innerHTML = '<section class="akn-dossier" lang="de"><h3>Maßnahmen der Allianz</h3>'
      + '<p>Zurzeit ist keine Maßnahme offen.</p></section>';
    return;
  }
  const head = data.members.map(m => `<th scope="col">${escape(m.name)}</th>`).join('');
  const rows = data.measures.map(m => {
    const cells = data.members.map(member => {
      const cell = m.cells[member.id];
      return `<td>${cell ? status(cell.status, cell.label) + (cell.lead ? ' <span class="akn-lead">(federführend)</span>' : '')
        : ''}</td>`;
    }).join('');
    const alerts = [
      m.overdueTasks ? `${m.overdueTasks} überfällig` : '',
      m.incidents ? `${m.incidents} Störung${m.incidents > 1 ? 'en' : ''}` : ''
    ].filter(Boolean).join(', ');
    return `<tr><th scope="row"><a href="#/process-instance/${encodeURIComponent(m.processInstanceId)}/runtime">`
      + `${escape(m.reference)}</a><br>${escape(m.title)}</th><td>${escape(m.status)}</td>`
      + `<td>${escape(m.deadline)}</td><td>${alerts ? '<strong>' + escape(alerts) + '</strong>' : '–'}</td>${cells}</tr>`;
  }).join('');
  node.innerHTML = `<section class="akn-dossier akn-matrix" lang="de"><h3>Maßnahmen der Allianz</h3>
    <table><thead><tr><th scope="col">Maßnahme</th><th scope="col">Stand</th><th scope="col">Frist Mitzeichnung</th>
    <th scope="col">Aufgaben und Störungen</th>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

export default [{
  id: 'akn-measures-matrix',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: node => {
    load('/api/overview/matrix')
      .then(data => { if (data) { matrix(node, data); } else { node.innerHTML = ''; } })
      .catch(error => { node.innerHTML = '<p>Die Maßnahmen konnten nicht geladen werden (' + escape(error.message) + ').</p>'; });
  }
}, {
  id: 'akn-process-instance-dossier',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 20,
  properties: { label: 'Maßnahme' },
  render: (node, { processInstanceId }) => {
    load('/api/overview/process-instances/' + encodeURIComponent(processInstanceId) + '/dossier')
      .then(d => { if (d) { renderDossier(node, d); } else { node.innerHTML = '<p>Zu dieser Prozessinstanz gehört keine Maßnahme.</p>'; } })
      .catch(error => { node.innerHTML = '<p>Die Maßnahme konnte nicht geladen werden (' + escape(error.message) + ').</p>'; });
  }
}];
