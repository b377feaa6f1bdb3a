/**
 * The parts of the custom functions runtime (CustomFunctionsRuntime 1.2+) the add-in uses. Declared here
 * because no installed @types package carries them; names and shapes follow Microsoft's API reference.
 */
declare namespace CustomFunctions {
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;

  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }

  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }

  interface Invocation {
    address?: string;
    functionName?: string;
  }

  interface CancelableInvocation extends Invocation {
    onCanceled: () => void;
  }

  interface StreamingInvocation<ResultType> extends CancelableInvocation {
    setResult: (value: ResultType | Error) => void;
  }
}
