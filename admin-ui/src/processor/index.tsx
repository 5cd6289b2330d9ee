export { AccessReportButton } from './AccessReportButton';
export { AccessReportPage } from './AccessReportPage';
export { ExportButton } from './ExportButton';
export { ProcessingRecordPage } from './ProcessingRecordPage';
export { ProcessorDuties } from './ProcessorDuties';
export { ProcessingRecordMenuItem } from './ProcessingRecordMenuItem';
