/** The table of presenter keys. */
import { KEY_HELP } from './presenter-keys';

/** The table of presenter keys (also shown on the welcome lesson's presenting step). */
export function KeyTable() {
  return (
    <table className="key-table">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">In presenter mode</th>
        </tr>
      </thead>
      <tbody>
        {KEY_HELP.map((k) => (
          <tr key={k.keys}>
            <td>
              <kbd>{k.keys}</kbd>
            </td>
            <td>{k.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
