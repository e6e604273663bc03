// AKN: Tasklist tab "Maßnahme" on every task of a measure (plugin point tasklist.task.detail).
import { load, renderDossier, escape } from './dossier.js';

export default [{
  id: 'akn-measure-dossier',
  pluginPoint: 'tasklist.task.detail',
  priority: -10,
  properties: { label: 'Maßnahme' },
  render: (node, { taskId }) => {
    node.innerHTML = '<p class="akn-dossier">Die Maßnahme wird geladen …</p>';
    load('/api/overview/tasks/' + encodeURIComponent(taskId) + '/dossier')
      .then(dossier => {
        if (dossier) {
          renderDossier(node, dossier);
        } else {
          node.innerHTML = '<p class="akn-dossier">Zu dieser Aufgabe gehört keine Maßnahme.</p>';
        }
      })
      .catch(error => {
        node.innerHTML = '<p class="akn-dossier">Die Maßnahme konnte nicht geladen werden ('
          + escape(error.message) + ').</p>';
      });
  }
}];
