export { showErrorNotification } from './show-error-notification';
