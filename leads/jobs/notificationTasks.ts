type NotificationTask = 'notifyClinic' | 'confirmToVisitor' | 'sendCrmWebhook'

/** The jobs a new lead queues: both mails, and the CRM webhook when its clinic has one. */
export const notificationTasks = (hasCrmWebhook: boolean): NotificationTask[] =>
  hasCrmWebhook ? ['notifyClinic', 'confirmToVisitor', 'sendCrmWebhook'] : ['notifyClinic', 'confirmToVisitor']
